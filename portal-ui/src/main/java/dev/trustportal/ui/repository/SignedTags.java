package dev.trustportal.ui.repository;

import com.vaadin.flow.component.grid.Grid;
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
    grid.addComponentColumn(this::verification).setHeader(getTranslation("trust.column.verified"));
    grid.setItems(tags);
    add(grid);
  }

  private Span verification(TagView tag) {
    Span verdict = new Span(tag.verified()
        ? getTranslation("trust.tag.verified")
        : getTranslation("trust.tag.unverified", tag.reason().orElse("")));
    verdict.getElement().getThemeList().add(tag.verified() ? "badge success" : "badge error");
    return verdict;
  }
}
