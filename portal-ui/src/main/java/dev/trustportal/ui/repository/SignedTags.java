package dev.trustportal.ui.repository;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.repository.TagView;
import java.util.List;

/** The signed tags of a repository: digest, size and the roles that sign each. */
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
    grid.addColumn(t -> String.join(", ", t.signedBy())).setHeader(getTranslation("trust.column.signed-by"));
    grid.setItems(tags);
    add(grid);
  }
}
