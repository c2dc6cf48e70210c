package org.hourbook.app.demo.screens;

import static org.hourbook.app.demo.screens.Palette.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.random.RandomGenerator;

/** A terminal running builds, tests and git: the everyday screen of a developer. */
record TerminalScene() implements Scene {
    private static final List<String> COMMANDS = List.of(
            "./gradlew test --tests CheckoutTest", "git status", "npm run build", "git log --oneline -5",
            "docker compose up -d db", "psql -c 'select count(*) from orders'", "pytest -q tests/api",
            "curl -s localhost:8080/api/health | jq", "git diff --stat", "make lint");
    private static final List<String> OUTPUT = List.of(
            "BUILD SUCCESSFUL in 14s", "  modified:   src/checkout/AddressForm.tsx", "✓ 48 passed, 0 failed (3.21s)",
            "a41c2e9 Fix address validation on mobile", "Creating network \"shop_default\" ... done",
            " count", "-------", "  1842", "{ \"status\": \"ok\" }", " 4 files changed, 87 insertions(+), 12 deletions(-)",
            "webpack 5.91.0 compiled successfully in 8121 ms", "warning: unused import 'List'", "Ran 112 tests in 4.8s",
            "FAILED tests/api/test_orders.py::test_refund - AssertionError", "OK");

    @Override
    public String title(RandomGenerator rnd) {
        return "Terminal — ~/work/" + pick(List.of("shop", "billing-api", "mobile-app", "infra"), rnd);
    }

    @Override
    public void paint(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        g.setColor(new Color(0x101215));
        g.fillRect(x, y, w, h);
        g.setFont(MONO);
        int lineH = 19;
        int ly = y + 24;
        while (ly < y + h - lineH * 2) {
            int px = x + 14;
            px = draw(g, "dev@laptop", new Color(0x5fd068), px, ly);
            px = draw(g, ":", DARK_TEXT, px, ly);
            px = draw(g, "~/work", new Color(0x5c9cf5), px, ly);
            px = draw(g, "$ ", DARK_TEXT, px, ly);
            draw(g, pick(COMMANDS, rnd), Color.WHITE, px, ly);
            ly += lineH;
            for (int n = 1 + rnd.nextInt(5); n > 0 && ly < y + h - lineH * 2; n--, ly += lineH) {
                String out = pick(OUTPUT, rnd);
                Color c = out.startsWith("FAILED") ? new Color(0xf25c54) : out.startsWith("warning") ? new Color(0xf0b429) : DARK_TEXT;
                draw(g, out, c, x + 14, ly);
            }
        }
        g.setColor(Color.WHITE);
        g.fillRect(x + 14, ly - 13, 8, 16); // the cursor
    }

    private static int draw(Graphics2D g, String s, Color c, int x, int y) {
        g.setColor(c);
        g.drawString(s, x, y);
        return x + g.getFontMetrics().stringWidth(s);
    }
}
