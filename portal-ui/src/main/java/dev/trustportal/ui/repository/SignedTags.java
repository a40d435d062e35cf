package dev.trustportal.ui.repository;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.trustportal.portal.repository.TagLine;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tags of a repository, each once (as {@code docker trust inspect} shows them): digest, size,
 * the role clients trust it from, who may sign it there and who did ("2 of 2 needed: alice ✓, bob
 * ✗"), and whether it verifies (if not, why).
 */
class SignedTags extends VerticalLayout {

  private static final long serialVersionUID = 1L;

  SignedTags(List<TagLine> tags) {
    setPadding(false);
    add(new H3(getTranslation("trust.tags")));
    if (tags.isEmpty()) {
      add(new Paragraph(getTranslation("trust.tags.none")));
      return;
    }
    Grid<TagLine> grid = TrustData.compactGrid("trust-tags");
    grid.addColumn(TagLine::name).setHeader(getTranslation("trust.column.tag")).setAutoWidth(true);
    grid.addColumn(TagLine::digest).setHeader(getTranslation("trust.column.digest"));
    grid.addColumn(TagLine::size).setHeader(getTranslation("trust.column.size")).setAutoWidth(true);
    grid.addColumn(TagLine::role)
        .setHeader(getTranslation("trust.column.tag-role"))
        .setAutoWidth(true);
    grid.addComponentColumn(this::signatures)
        .setHeader(getTranslation("trust.column.signed-by"))
        .setFlexGrow(2);
    grid.addComponentColumn(this::verification)
        .setHeader(getTranslation("trust.column.verified"))
        .setFlexGrow(2);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(tags);
    add(grid);
  }

  /**
   * "2 of 2 needed: alice ✓, bob ✗": who may sign the tag in its role and whose signature is there.
   */
  private Span signatures(TagLine tag) {
    String who =
        tag.signers().stream()
            .map(s -> s.signer() + " " + (s.signed() ? "\u2713" : "\u2717"))
            .collect(Collectors.joining(", "));
    Span text =
        new Span(getTranslation("trust.tag.signatures", tag.needed(), who, tag.signers().size()));
    text.setId("tag-signatures-" + tag.name());
    return text;
  }

  /** A badge, and under it, for a tag that does not verify, why, wrapped rather than cut. */
  private Div verification(TagLine tag) {
    Span verdict =
        new Span(getTranslation(tag.verified() ? "trust.tag.verified" : "trust.tag.not-verified"));
    verdict.getElement().getThemeList().add(tag.verified() ? "badge success" : "badge error");
    verdict.setId("tag-verified-" + tag.name());
    Div cell = new Div(verdict);
    if (!tag.verified()) {
      long signed = tag.signers().stream().filter(TagLine.Signature::signed).count();
      Span why = new Span(getTranslation("trust.tag.why-not", tag.role(), tag.needed(), signed));
      why.addClassNames("tp-error-text", "tp-small");
      cell.add(why);
    }
    cell.addClassName("tp-column");
    return cell;
  }
}
