package org.chancery.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A grouped bar chart drawn with java.awt (headless): search p50 and p99 per client count
 * for Chancery, straight Solr and PostgreSQL, log scale, one panel per corpus size.
 */
final class Chart {

  private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e),
      new Color(0x2ca02c)};
  private static final List<String> ENGINES = List.of("chancery", "solr", "postgres");

  private Chart() { }

  static void write(Path file, Results results, List<Long> sizes, List<Integer> clients)
      throws IOException {
    System.setProperty("java.awt.headless", "true");
    int panelW = 90 + clients.size() * 2 * 70;
    int w = Math.max(640, panelW * sizes.size() + 40);
    int h = 420;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString("Search latency over the query mix (ms, log scale): p50 solid, p99 light", 20,
        22);
    double max = 1;
    for (Results.Row r : results.rows()) {
      if (r.metric().startsWith("search p") && "all".equals(r.query())) {
        max = Math.max(max, r.value());
      }
    }
    double top = Math.pow(10, Math.ceil(Math.log10(max)));
    int plotTop = 50;
    int plotBottom = h - 70;
    for (int s = 0; s < sizes.size(); s++) {
      int x0 = 60 + s * panelW;
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      g.setColor(Color.GRAY);
      for (double v = 0.1; v <= top; v *= 10) {
        int y = y(v, top, plotTop, plotBottom);
        g.drawLine(x0 - 5, y, x0 + panelW - 70, y);
        g.drawString(v >= 1 ? String.format(Locale.ROOT, "%,.0f", v) : "0.1", x0 - 45, y + 4);
      }
      g.setColor(Color.BLACK);
      g.drawString(String.format(Locale.ROOT, "%,d documents", sizes.get(s)), x0 + 10,
          plotTop - 8);
      for (int c = 0; c < clients.size(); c++) {
        int gx = x0 + c * (panelW - 70) / clients.size();
        for (int e = 0; e < ENGINES.size(); e++) {
          for (String p : List.of("p99", "p50")) {
            double v = results.value(sizes.get(s), "search " + p, ENGINES.get(e),
                clients.get(c), "all");
            if (Double.isNaN(v) || v <= 0) {
              continue;
            }
            Color col = COLORS[e];
            g.setColor("p99".equals(p) ? col.brighter().brighter() : col);
            if ("p99".equals(p)) {
              g.setColor(new Color(col.getRed(), col.getGreen(), col.getBlue(), 90));
            }
            int bx = gx + 8 + e * 16;
            int by = y(v, top, plotTop, plotBottom);
            g.fillRect(bx, by, 14, plotBottom - by);
          }
        }
        g.setColor(Color.BLACK);
        g.drawString(clients.get(c) + " client" + (clients.get(c) == 1 ? "" : "s"), gx + 8,
            plotBottom + 16);
      }
      g.setStroke(new BasicStroke(1));
      g.drawLine(x0 - 5, plotBottom, x0 + panelW - 70, plotBottom);
    }
    for (int e = 0; e < ENGINES.size(); e++) {
      g.setColor(COLORS[e]);
      g.fillRect(20 + e * 200, h - 30, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(List.of("Chancery (HTTP API)", "straight Solr (SolrJ, embedded)",
          "PostgreSQL FTS + GROUP BY").get(e), 40 + e * 200, h - 19);
    }
    g.dispose();
    Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(img, "png", file.toFile());
  }

  private static int y(double v, double top, int plotTop, int plotBottom) {
    double lo = Math.log10(0.1);
    double f = (Math.log10(Math.max(0.1, v)) - lo) / (Math.log10(top) - lo);
    return (int) Math.round(plotBottom - f * (plotBottom - plotTop));
  }
}
