package org.hourbook.app.demo.screens;

import static org.hourbook.app.demo.screens.Palette.*;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.util.List;
import java.util.random.RandomGenerator;

/** A browser showing a shop or dashboard page being built: address bar, hero, cards, a form. */
record BrowserScene() implements Scene {
    private static final List<String> SITES = List.of("localhost:3000/checkout", "staging.shop.example/cart",
            "localhost:8080/admin/orders", "docs.example.dev/api/payments", "app.example.com/dashboard");
    private static final List<String> HEADLINES = List.of("Checkout", "Your cart", "Orders this week",
            "Payments API", "Shipping address", "Dashboard", "Invoices");

    @Override
    public String title(RandomGenerator rnd) {
        return pick(HEADLINES, rnd) + " — Chromium";
    }

    @Override
    public void paint(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        g.setColor(new Color(0xe8eaed));
        g.fillRect(x, y, w, 76);
        g.setColor(Color.WHITE);
        g.fillRoundRect(x + 12, y + 6, 220, 30, 10, 10);
        g.setFont(SANS_SMALL);
        g.setColor(LIGHT_TEXT);
        g.drawString(pick(HEADLINES, rnd), x + 24, y + 26);
        g.setColor(Color.WHITE);
        g.fillRoundRect(x + 90, y + 42, w - 180, 28, 28, 28);
        g.setColor(new Color(0x5f6368));
        g.setFont(SANS);
        g.drawString(pick(SITES, rnd), x + 110, y + 61);
        paintPage(g, x, y + 76, w, h - 76, rnd);
    }

    private static void paintPage(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        Color brand = brand(rnd);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, w, h);
        g.setColor(brand);
        g.fillRect(x, y, w, 56);
        g.setColor(Color.WHITE);
        g.setFont(SANS_BOLD);
        g.drawString(pick(List.of("Northwind Shop", "Acme Store", "Bluebird", "Fernhill"), rnd), x + 32, y + 34);
        for (int i = 0; i < 4; i++) textBar(g, new Color(255, 255, 255, 170), x + w - 420 + i * 95, y + 24, 70, 9);

        int top = y + 56;
        boolean hero = rnd.nextBoolean();
        if (hero) {
            g.setPaint(new GradientPaint(x, top, brand.brighter(), x + w, top + 200, brand.darker()));
            g.fillRect(x, top, w, 200);
            g.setColor(Color.WHITE);
            g.setFont(HEADLINE);
            g.drawString(pick(HEADLINES, rnd), x + 60, top + 90);
            textBar(g, new Color(255, 255, 255, 200), x + 60, top + 112, 380, 12);
            textBar(g, new Color(255, 255, 255, 200), x + 60, top + 132, 300, 12);
            g.setColor(Color.WHITE);
            g.fillRoundRect(x + 60, top + 152, 150, 36, 8, 8);
            top += 200;
        }
        int cols = 2 + rnd.nextInt(3);
        int gap = 24;
        int cardW = (w - 60 * 2 - gap * (cols - 1)) / cols;
        for (int row = 0; top + 30 + row * 200 < y + h - 40; row++) {
            for (int c = 0; c < cols; c++) {
                int cx = x + 60 + c * (cardW + gap);
                int cy = top + 30 + row * 200;
                paintCard(g, cx, cy, cardW, 176, brand, rnd);
            }
        }
        if (!hero) paintForm(g, x + w - 420, top + 30, 360, rnd);
    }

    private static void paintCard(Graphics2D g, int x, int y, int w, int h, Color brand, RandomGenerator rnd) {
        g.setColor(LIGHT_LINE);
        g.drawRoundRect(x, y, w, h, 10, 10);
        g.setColor(new Color(brand.getRed(), brand.getGreen(), brand.getBlue(), 40 + rnd.nextInt(60)));
        g.fillRoundRect(x + 1, y + 1, w - 1, 90, 10, 10);
        textBar(g, LIGHT_TEXT, x + 16, y + 108, w / 2, 11);
        textBar(g, new Color(0xadb5bd), x + 16, y + 128, w - 40, 8);
        textBar(g, new Color(0xadb5bd), x + 16, y + 142, w - 80 - rnd.nextInt(40), 8);
        g.setColor(brand);
        g.setFont(SANS_BOLD);
        g.drawString(String.format("$%d.%02d", 5 + rnd.nextInt(200), rnd.nextInt(100)), x + w - 80, y + 164);
    }

    private static void paintForm(Graphics2D g, int x, int y, int w, RandomGenerator rnd) {
        g.setColor(Color.WHITE);
        g.fillRoundRect(x, y, w, 330, 12, 12);
        g.setColor(LIGHT_LINE);
        g.drawRoundRect(x, y, w, 330, 12, 12);
        g.setFont(SANS_BOLD);
        g.setColor(LIGHT_TEXT);
        g.drawString("Shipping address", x + 20, y + 30);
        List<String> labels = List.of("Full name", "Street", "Postcode", "City", "Country");
        for (int i = 0; i < labels.size(); i++) {
            int fy = y + 50 + i * 52;
            g.setFont(SANS_SMALL);
            g.setColor(new Color(0x495057));
            g.drawString(labels.get(i), x + 20, fy + 10);
            boolean invalid = i == 2 && rnd.nextBoolean();
            g.setColor(invalid ? new Color(0xe03131) : LIGHT_LINE);
            g.drawRoundRect(x + 20, fy + 16, w - 40, 26, 6, 6);
            if (invalid) {
                g.setFont(SANS_SMALL);
                g.drawString("Please enter a valid postcode", x + 20, fy + 54);
            }
        }
    }
}
