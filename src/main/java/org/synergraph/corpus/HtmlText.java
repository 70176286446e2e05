package org.synergraph.corpus;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The main content of a web page (jsoup): navigation, headers, footers, sidebars, forms, scripts and styles are
 * dropped, {@code <main>} or {@code <article>} is preferred when present, and each block element becomes a line.
 * Only text nodes reach the text, so scripts and event-handler attributes never do.
 */
public final class HtmlText implements DocumentReader {
    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, object, embed, svg, button, select, textarea, [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "blockquote", "pre", "dd", "dt", "dl",
            "figcaption", "caption", "hr", "address", "body");

    @Override
    public String text(byte[] bytes) {
        Document page = Jsoup.parse(TextDecoding.decode(bytes));
        page.select(CHROME).remove();
        Element root = page.selectFirst("main, [role=main]");
        if (root == null) {
            root = page.selectFirst("article");
        }
        StringBuilder out = new StringBuilder();
        (root != null ? root : page.body()).traverse(new Lines(out));
        return out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private record Lines(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !"br".equals(e.normalName())) {
                out.append('\n');
            }
        }
    }
}
