package dev.trustportal.ui.repository;

import dev.trustportal.portal.graph.GraphEdge;
import dev.trustportal.portal.graph.GraphKey;
import dev.trustportal.portal.graph.GraphRole;
import dev.trustportal.portal.graph.GraphTags;
import dev.trustportal.portal.graph.Mark;
import dev.trustportal.portal.graph.TrustGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link TrustGraph} as an SVG document, left to right in five columns: root, targets, the
 * delegations, their keys, the tags of each role; arrows from a role to the role or keys it names
 * and from a key to the tags its signature covers. Marks are colours and words (for those who
 * cannot tell the colours apart). Every text from the trust data is escaped. Pure: a string from a
 * model.
 */
final class TrustGraphSvg {

  private static final int PAD = 16;
  private static final int GAP = 44;
  private static final int TITLE = 26;
  private static final int LINE = 17;
  private static final int[] WIDTHS = {170, 170, 200, 160, 220};
  private static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK SC', 'Noto Sans SC',"
          + " 'PingFang SC', 'Microsoft YaHei', sans-serif";

  private final GraphLabels labels;
  private final StringBuilder body = new StringBuilder();
  private final Map<String, Box> boxes = new HashMap<>();
  private final int[] next = {PAD + TITLE, PAD + TITLE, PAD + TITLE, PAD + TITLE, PAD + TITLE};

  private TrustGraphSvg(GraphLabels labels) {
    this.labels = labels;
  }

  static String write(TrustGraph graph, GraphLabels labels) {
    return new TrustGraphSvg(labels).draw(graph);
  }

  private String draw(TrustGraph graph) {
    titles();
    role(0, graph.root());
    role(1, graph.targets());
    graph.delegations().forEach(d -> role(2, d));
    graph.keys().forEach(this::key);
    graph.tags().forEach(this::tags);
    StringBuilder edges = new StringBuilder();
    graph.edges().forEach(e -> edge(edges, e));
    int height = legend(maxBottom() + 10);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"trust-graph-svg\" role=\"img\""
        + " width=\""
        + width()
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + width()
        + " "
        + height
        + "\" font-family=\""
        + FONT
        + "\" font-size=\"12\"><title>"
        + esc(labels.text("graph.title", graph.gun()))
        + "</title>"
        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
        + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#5c6b7a\"/></marker></defs>"
        + edges
        + body
        + "</svg>";
  }

  private void titles() {
    String[] keys = {
      "graph.column.root",
      "graph.column.targets",
      "graph.column.delegations",
      "graph.column.keys",
      "graph.column.tags"
    };
    for (int column = 0; column < keys.length; column++) {
      text(x(column), PAD + 12, labels.text(keys[column]), "#1a2733", true, WIDTHS[column]);
    }
  }

  private void role(int column, GraphRole role) {
    List<Line> lines =
        new java.util.ArrayList<>(
            List.of(
                new Line(role.name(), true, ink(Mark.OK)),
                new Line(
                    labels.text("graph.threshold", role.threshold(), role.keys()),
                    false,
                    "#3d4b59"),
                new Line(expiry(role), false, ink(expiryMark(role)))));
    if (role.mark() == Mark.UNVERIFIED) {
      lines.add(new Line(labels.text("graph.unverified"), true, ink(Mark.UNVERIFIED)));
    }
    box(column, role.id(), role.mark(), lines, title(role));
  }

  private static Mark expiryMark(GraphRole role) {
    return role.mark() == Mark.UNVERIFIED ? Mark.OK : role.mark();
  }

  /** In days, which fit a box; the date is in the box's title. */
  private String expiry(GraphRole role) {
    if (role.daysLeft().isEmpty()) {
      return labels.text("graph.not-uploaded");
    }
    long days = role.daysLeft().get();
    return days < 0 ? labels.text("graph.expired", -days) : labels.text("graph.expires", days);
  }

  private String title(GraphRole role) {
    return role.expires()
        .map(e -> role.name() + " \u2013 " + labels.text("graph.expires-at", labels.date(e)))
        .orElse(role.name());
  }

  private void key(GraphKey key) {
    String holders =
        key.holders().isEmpty()
            ? labels.text("graph.key.unknown")
            : String.join(", ", key.holders());
    List<Line> lines =
        List.of(
            new Line(shortId(key.keyId()), true, ink(Mark.OK)),
            new Line(holders, false, "#3d4b59"));
    box(3, key.id(), key.mark(), lines, key.keyId());
  }

  private void tags(GraphTags group) {
    List<Line> lines = new java.util.ArrayList<>();
    lines.add(new Line(group.role(), true, ink(Mark.OK)));
    lines.add(new Line(labels.text("graph.tags.count", group.total()), false, "#3d4b59"));
    if (group.role().equals("targets")) {
      // Its arrow would cross the delegations and keys: said in words instead.
      lines.add(new Line(labels.text("graph.tags.portal"), false, "#3d4b59"));
    }
    for (GraphTags.GraphTag tag : group.shown()) {
      lines.add(
          tag.verified()
              ? new Line("\u2713 " + tag.name(), false, "#1b5e20")
              : new Line(
                  "\u2717 " + labels.text("graph.tag.unverified", tag.name()),
                  false,
                  ink(Mark.UNVERIFIED)));
    }
    if (group.more() > 0) {
      lines.add(new Line(labels.text("graph.tags.more", group.more()), false, "#3d4b59"));
    }
    box(4, group.id(), group.mark(), lines, group.role());
  }

  private void box(int column, String id, Mark mark, List<Line> lines, String title) {
    int x = x(column);
    int y = next[column];
    int height = 10 + lines.size() * LINE;
    boxes.put(id, new Box(x, y, WIDTHS[column], height));
    next[column] = y + height + 12;
    body.append("<g id=\"")
        .append(esc(domId(id)))
        .append("\" class=\"graph-node mark-")
        .append(mark.name().toLowerCase(Locale.ROOT))
        .append("\"><title>")
        .append(esc(title))
        .append("</title><rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(WIDTHS[column])
        .append("\" height=\"")
        .append(height)
        .append("\" rx=\"6\" fill=\"")
        .append(fill(mark))
        .append("\" stroke=\"")
        .append(stroke(mark))
        .append("\" stroke-width=\"")
        .append(mark == Mark.OK ? "1" : "2")
        .append(mark == Mark.UNVERIFIED ? "\" stroke-dasharray=\"5 3" : "")
        .append("\"/>");
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      text(
          x + 8,
          y + 5 + LINE * (i + 1) - 4,
          line.text(),
          line.colour(),
          line.bold(),
          WIDTHS[column]);
    }
    body.append("</g>");
  }

  private void text(int x, int y, String text, String colour, boolean bold, int width) {
    body.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" fill=\"")
        .append(colour)
        .append(bold ? "\" font-weight=\"600" : "")
        .append("\">")
        .append(esc(fit(text, width - 14)))
        .append("</text>");
  }

  private void edge(StringBuilder edges, GraphEdge edge) {
    Box from = boxes.get(edge.from());
    Box to = boxes.get(edge.to());
    if (from == null || to == null || to.x() - (from.x() + from.width()) > GAP) {
      return;
    }
    int x1 = from.x() + from.width();
    int y1 = from.y() + Math.min(from.height() / 2, 24);
    int x2 = to.x();
    int y2 = to.y() + Math.min(to.height() / 2, 24);
    int middle = (x1 + x2) / 2;
    edges
        .append("<path class=\"graph-edge edge-")
        .append(edge.kind().name().toLowerCase(Locale.ROOT))
        .append("\" d=\"M ")
        .append(x1)
        .append(' ')
        .append(y1)
        .append(" C ")
        .append(middle)
        .append(' ')
        .append(y1)
        .append(", ")
        .append(middle)
        .append(' ')
        .append(y2)
        .append(", ")
        .append(x2)
        .append(' ')
        .append(y2)
        .append("\" fill=\"none\" stroke=\"")
        .append(edge.kind() == GraphEdge.Kind.SIGNS ? "#1565c0" : "#5c6b7a")
        .append("\" stroke-width=\"")
        .append(edge.kind() == GraphEdge.Kind.SIGNS ? "1.8" : "1.2")
        .append(edge.kind() == GraphEdge.Kind.LISTS ? "\" stroke-dasharray=\"4 3" : "")
        .append("\" marker-end=\"url(#arrow)\"/>");
  }

  /** The colours' meaning under the graph; returns the document's height. */
  private int legend(int top) {
    int x = PAD;
    String[][] items = {
      {"OK", "graph.legend.ok"},
      {"EXPIRING", "graph.legend.expiring"},
      {"EXPIRED", "graph.legend.expired"},
      {"UNVERIFIED", "graph.legend.unverified"}
    };
    for (String[] item : items) {
      Mark mark = Mark.valueOf(item[0]);
      String words = labels.text(item[1]);
      body.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(top)
          .append("\" width=\"14\" height=\"14\" rx=\"3\" fill=\"")
          .append(fill(mark))
          .append("\" stroke=\"")
          .append(stroke(mark))
          .append(mark == Mark.UNVERIFIED ? "\" stroke-dasharray=\"3 2" : "")
          .append("\" stroke-width=\"2\"/>");
      text(x + 20, top + 12, words, "#1a2733", false, 400);
      x += 20 + textWidth(words) + 24;
    }
    text(x, top + 12, labels.text("graph.legend.signs"), "#1565c0", false, 400);
    return top + 14 + PAD;
  }

  private int maxBottom() {
    int bottom = 0;
    for (int column : next) {
      bottom = Math.max(bottom, column);
    }
    return bottom;
  }

  private static int x(int column) {
    int x = PAD;
    for (int i = 0; i < column; i++) {
      x += WIDTHS[i] + GAP;
    }
    return x;
  }

  private static int width() {
    return x(WIDTHS.length - 1) + WIDTHS[WIDTHS.length - 1] + PAD;
  }

  /** Cut to what fits the box, by an estimate of 6.5 px a Latin and 12 px a CJK character. */
  static String fit(String text, int width) {
    if (textWidth(text) <= width) {
      return text;
    }
    StringBuilder fitted = new StringBuilder();
    double used = 0;
    for (int i = 0; i < text.length(); i++) {
      double w = charWidth(text.charAt(i));
      if (used + w + 7 > width) {
        break;
      }
      fitted.append(text.charAt(i));
      used += w;
    }
    return fitted + "\u2026";
  }

  static int textWidth(String text) {
    return (int) Math.ceil(text.chars().mapToDouble(TrustGraphSvg::charWidth).sum());
  }

  private static double charWidth(int c) {
    return c >= 0x2E80 ? 12 : 6.5;
  }

  /** The first 8 characters of a key ID, as the tables show it. */
  private static String shortId(String id) {
    return id.length() > 8 ? id.substring(0, 8) + "\u2026" : id;
  }

  private static String domId(String id) {
    return "graph-" + id.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static String fill(Mark mark) {
    return switch (mark) {
      case OK -> "#f5f7fa";
      case EXPIRING -> "#fff4e0";
      case EXPIRED, UNVERIFIED -> "#fdecea";
    };
  }

  private static String stroke(Mark mark) {
    return switch (mark) {
      case OK -> "#8a99a8";
      case EXPIRING -> "#b26a00";
      case EXPIRED, UNVERIFIED -> "#c62828";
    };
  }

  private static String ink(Mark mark) {
    return switch (mark) {
      case OK -> "#1a2733";
      case EXPIRING -> "#8a4b00";
      case EXPIRED, UNVERIFIED -> "#b71c1c";
    };
  }

  static String esc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private record Line(String text, boolean bold, String colour) {}

  private record Box(int x, int y, int width, int height) {}
}
