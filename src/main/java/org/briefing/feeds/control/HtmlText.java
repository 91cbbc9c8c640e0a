package org.briefing.feeds.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML fragment, as jsoup parses it: entities decoded, tags, scripts and
 * styles gone, a line break at each block (paragraph, list item, heading, {@code <br>}) and a blank
 * line between paragraphs at most. Plain Java.
 */
final class HtmlText {

  private HtmlText() {}

  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              text.append(textNode.text());
            } else if (node instanceof Element element
                && (element.isBlock() || element.nameIs("br"))) {
              text.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
              text.append('\n');
            }
          }
        },
        body);
    return tidy(text);
  }

  /** Each line stripped, spaces inside it collapsed, and at most one blank line in a row. */
  static String tidy(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blankBefore = true;
    for (String line : text.toString().split("\n", -1)) {
      String collapsed = collapseSpaces(line);
      if (collapsed.isEmpty()) {
        if (!blankBefore) {
          out.append('\n');
          blankBefore = true;
        }
        continue;
      }
      out.append(collapsed).append('\n');
      blankBefore = false;
    }
    return out.toString().strip();
  }

  /** Runs of white space (and no-break spaces) as one space, ends stripped. */
  static String collapseSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
