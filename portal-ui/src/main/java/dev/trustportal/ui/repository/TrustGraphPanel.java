package dev.trustportal.ui.repository;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import dev.trustportal.portal.graph.TrustGraph;
import dev.trustportal.ui.component.Times;
import java.time.Instant;

/**
 * The repository's trust as a picture, drawn on the server from the same trust data as the tables
 * above it; wider than a narrow screen, it scrolls sideways. Vaadin's {@code Svg} puts it into the
 * page as markup (in the SVG namespace), so that its texts are text, for screen readers too.
 */
class TrustGraphPanel extends Div {

  private static final long serialVersionUID = 1L;

  TrustGraphPanel(TrustGraph graph) {
    setId("trust-graph");
    addClassName("tp-graph");
    GraphLabels labels =
        new GraphLabels() {
          @Override
          public String text(String key, Object... args) {
            return getTranslation(key, args);
          }

          @Override
          public String date(Instant instant) {
            return Times.format(instant, getLocale());
          }
        };
    Paragraph explained = new Paragraph(getTranslation("graph.explained"));
    explained.addClassName("tp-secondary-text");
    Div picture = new Div(new Svg(TrustGraphSvg.write(graph, labels)));
    picture.addClassName("tp-graph-scroll");
    add(new H3(getTranslation("graph.heading")), explained, picture);
  }
}
