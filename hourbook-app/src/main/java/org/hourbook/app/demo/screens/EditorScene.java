package org.hourbook.app.demo.screens;

import static org.hourbook.app.demo.screens.Palette.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.random.RandomGenerator;

/** An IDE: project tree, tabs, line numbers and syntax-coloured code that differs per seed. */
record EditorScene() implements Scene {
    private static final List<String> FILES = List.of(
            "CheckoutController.java", "AddressValidator.java", "InvoiceService.kt", "cart.ts",
            "PaymentForm.tsx", "routes.py", "models.py", "schema.sql", "styles.css", "README.md");
    private static final List<String> DIRS = List.of("src", "main", "checkout", "billing", "web", "test", "resources");
    private static final List<String> KEYWORDS = List.of("public", "private", "final", "return", "if", "for", "new", "var", "static", "else");
    private static final List<String> TYPES = List.of("Address", "Order", "String", "List", "Invoice", "Cart", "Optional", "Money");
    private static final List<String> NAMES = List.of("validate", "postcode", "country", "lines", "total", "apply",
            "items", "request", "result", "customer", "shipping", "discount", "format", "errors");

    @Override
    public String title(RandomGenerator rnd) {
        return pick(FILES, rnd) + " – shop-frontend";
    }

    @Override
    public void paint(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        g.setColor(DARK_BG);
        g.fillRect(x, y, w, h);
        int treeW = 240;
        paintTree(g, x, y, treeW, h, rnd);
        int tabsH = 34;
        g.setColor(DARK_PANEL);
        g.fillRect(x + treeW, y, w - treeW, tabsH);
        g.setFont(SANS);
        int tx = x + treeW + 12;
        int tabs = 2 + rnd.nextInt(4);
        for (int i = 0; i < tabs; i++) {
            String name = pick(FILES, rnd);
            int tw = g.getFontMetrics().stringWidth(name) + 28;
            if (i == 0) {
                g.setColor(DARK_BG);
                g.fillRect(tx - 8, y, tw, tabsH);
                g.setColor(ACCENT);
                g.fillRect(tx - 8, y + tabsH - 2, tw, 2);
            }
            g.setColor(i == 0 ? DARK_TEXT : DIM_TEXT);
            g.drawString(name, tx, y + 22);
            tx += tw + 4;
        }
        paintCode(g, x + treeW, y + tabsH, w - treeW, h - tabsH, rnd);
    }

    private static void paintTree(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        g.setColor(DARK_PANEL);
        g.fillRect(x, y, w, h);
        g.setColor(DARK_LINE);
        g.drawLine(x + w - 1, y, x + w - 1, y + h);
        g.setFont(SANS);
        int rowH = 22;
        int selected = 4 + rnd.nextInt(10);
        int depth = 0;
        for (int row = 0, ry = y + 28; ry < y + h - 10; row++, ry += rowH) {
            boolean dir = row < 3 || rnd.nextInt(5) == 0;
            depth = dir ? Math.min(depth + 1, 5) : Math.max(1, depth - (rnd.nextInt(6) == 0 ? 1 : 0));
            if (row == selected) {
                g.setColor(new Color(0x2e436e));
                g.fillRect(x, ry - 15, w - 1, rowH);
            }
            int ix = x + 10 + depth * 14;
            g.setColor(dir ? new Color(0x9aa7b0) : new Color(0x5c8dd6));
            g.fillRect(ix, ry - 10, 12, 10);
            g.setColor(DARK_TEXT);
            g.drawString(dir ? pick(DIRS, rnd) : pick(FILES, rnd), ix + 18, ry);
        }
    }

    private static void paintCode(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        g.setFont(MONO);
        int lineH = 19;
        int cursorLine = 6 + rnd.nextInt(20);
        int indent = 0;
        int lineNo = 1 + rnd.nextInt(300);
        for (int i = 0, ly = y + 22; ly < y + h - 8; i++, ly += lineH, lineNo++) {
            if (i == cursorLine) {
                g.setColor(new Color(0x26282e));
                g.fillRect(x + 50, ly - 14, w - 50, lineH);
            }
            g.setColor(DIM_TEXT);
            g.drawString(String.format("%4d", lineNo), x + 6, ly);
            int kind = rnd.nextInt(10);
            if (kind == 0) { // blank line: code has rhythm
                indent = Math.max(0, indent - 1);
                continue;
            }
            int cx = x + 62 + indent * 28;
            if (kind == 1) {
                g.setColor(COMMENT);
                g.drawString("// " + pick(NAMES, rnd) + " " + pick(NAMES, rnd) + " before " + pick(NAMES, rnd), cx, ly);
                continue;
            }
            cx = token(g, pick(KEYWORDS, rnd) + " ", KEYWORD, cx, ly);
            cx = token(g, pick(TYPES, rnd) + " ", TYPE, cx, ly);
            cx = token(g, pick(NAMES, rnd), DARK_TEXT, cx, ly);
            cx = token(g, " = ", DARK_TEXT, cx, ly);
            cx = switch (rnd.nextInt(3)) {
                case 0 -> token(g, "\"" + pick(NAMES, rnd) + "\"", STRING, cx, ly);
                case 1 -> token(g, Integer.toString(rnd.nextInt(1000)), NUMBER, cx, ly);
                default -> token(g, pick(NAMES, rnd) + "." + pick(NAMES, rnd) + "()", DARK_TEXT, cx, ly);
            };
            boolean opens = rnd.nextInt(4) == 0;
            token(g, opens ? " {" : ";", DARK_TEXT, cx, ly);
            indent = opens ? Math.min(indent + 1, 4) : (rnd.nextInt(5) == 0 ? Math.max(0, indent - 1) : indent);
        }
    }

    private static int token(Graphics2D g, String text, Color c, int x, int y) {
        g.setColor(c);
        g.drawString(text, x, y);
        return x + g.getFontMetrics().stringWidth(text);
    }
}
