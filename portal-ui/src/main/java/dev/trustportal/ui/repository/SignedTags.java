package dev.trustportal.ui.repository;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.repository.TagView;
import java.util.List;

/**
 * The tags of a repository, one row per role holding a tag: digest, size, the role, the signers whose
 * keys signed it, and whether those signatures meet the role's threshold (if not, notary's reason).
 */
class SignedTags extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  SignedTags(List<TagView> tags) {
    setPadding(false);
    add(new H3(getTranslation("trust.tags")));
    if (tags.isEmpty()) {
      add(new Paragraph(getTranslation("trust.tags.none")));
      return;
    }
    Grid<TagView> grid = TrustData.compactGrid("trust-tags");
    grid.addColumn(TagView::name).setHeader(getTranslation("trust.column.tag"));
    grid.addColumn(TagView::digest).setHeader(getTranslation("trust.column.digest"));
    grid.addColumn(TagView::size).setHeader(getTranslation("trust.column.size"));
    grid.addColumn(TagView::role).setHeader(getTranslation("trust.column.tag-role"));
    grid.addColumn(t -> String.join(", ", t.signedBy())).setHeader(getTranslation("trust.column.signed-by"));
    grid.addComponentColumn(this::verification).setHeader(getTranslation("trust.column.verified"))
        .setFlexGrow(2);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(tags);
    add(grid);
  }

  /** A badge, and under it, for a tag that does not verify, notary's reason, wrapped rather than cut. */
  private Div verification(TagView tag) {
    Span verdict = new Span(getTranslation(tag.verified() ? "trust.tag.verified" : "trust.tag.not-verified"));
    verdict.getElement().getThemeList().add(tag.verified() ? "badge success" : "badge error");
    Div cell = new Div(verdict);
    tag.reason().ifPresent(reason -> {
      Span why = new Span(reason);
      why.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
      cell.add(why);
    });
    cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
    return cell;
  }
}
