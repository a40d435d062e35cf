package dev.trustportal.ui.repository;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.graph.GraphEdge;
import dev.trustportal.portal.graph.GraphKey;
import dev.trustportal.portal.graph.GraphRole;
import dev.trustportal.portal.graph.GraphTags;
import dev.trustportal.portal.graph.Mark;
import dev.trustportal.portal.graph.TrustGraph;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class TrustGraphSvgTest {

  private static final Instant EXPIRES = Instant.parse("2029-12-07T00:00:00Z");

  /** Words as keys and arguments, so that the test sees which text went where. */
  private static final GraphLabels LABELS =
      new GraphLabels() {
        @Override
        public String text(String key, Object... args) {
          return key + Arrays.toString(args);
        }

        @Override
        public String date(Instant instant) {
          return instant.toString();
        }
      };

  private static GraphRole role(String name, Mark mark, boolean portal) {
    return new GraphRole(name, 1, 2, Optional.of(EXPIRES), Optional.of(12L), mark, portal);
  }

  private static TrustGraph graph(String tagName) {
    GraphRole root = role("root", Mark.OK, true);
    GraphRole targets = role("targets", Mark.OK, true);
    GraphRole releases = role("targets/releases", Mark.EXPIRING, false);
    GraphKey key = new GraphKey("a1b2c3d4e5f6", List.of("alice"), Mark.OK);
    GraphTags tags =
        new GraphTags(
            "targets/releases",
            40,
            List.of(new GraphTags.GraphTag(tagName, true), new GraphTags.GraphTag("v2", false)),
            Mark.UNVERIFIED);
    return new TrustGraph(
        "registry.test/acme/app",
        root,
        targets,
        List.of(releases),
        List.of(key),
        List.of(tags),
        List.of(
            new GraphEdge(root.id(), targets.id(), GraphEdge.Kind.DELEGATES),
            new GraphEdge(targets.id(), releases.id(), GraphEdge.Kind.DELEGATES),
            new GraphEdge(releases.id(), key.id(), GraphEdge.Kind.LISTS),
            new GraphEdge(key.id(), tags.id(), GraphEdge.Kind.SIGNS)));
  }

  @Test
  void drawsEveryPartWithItsMarkAndAnArrowPerEdge() throws Exception {
    String svg = TrustGraphSvg.write(graph("v1"), LABELS);

    Document document = parse(svg);
    assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(4 + 1);
    assertThat(svg)
        .contains("id=\"graph-role-targets-releases\" class=\"graph-node mark-expiring\"")
        .contains("id=\"graph-tags-targets-releases\" class=\"graph-node mark-unverified\"")
        .contains("graph.threshold[1, 2]")
        .contains("graph.expires[12]")
        .contains("graph.tags.count[40]")
        .contains("graph.tags.more[38]")
        .contains("\u2713 v1")
        .contains("graph.tag.unverified[v2]")
        .contains("a1b2c3d4\u2026")
        .contains("class=\"graph-edge edge-signs\"");
  }

  @Test
  void textFromTheTrustDataIsEscaped() throws Exception {
    String svg = TrustGraphSvg.write(graph("<script>alert('x')</script>&"), LABELS);

    parse(svg);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void longNamesAreCutToTheirBoxWithAnEllipsis() {
    String tag = "release-candidate-for-the-very-long-product-name-2026";

    String fitted = TrustGraphSvg.fit(tag, 100);

    assertThat(fitted).endsWith("\u2026").hasSizeLessThan(tag.length());
    assertThat(TrustGraphSvg.textWidth(fitted)).isLessThanOrEqualTo(100);
    assertThat(TrustGraphSvg.fit("v1", 100)).isEqualTo("v1");
    assertThat(TrustGraphSvg.textWidth("信任")).isEqualTo(24);
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }
}
