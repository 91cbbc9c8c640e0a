package org.briefing.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A small line chart in stacked panels sharing one time axis, drawn with Java2D (no plotting
 * library needed on a build machine): throughput, latency and queue depths over the run.
 */
final class Plot {

  record Series(String name, Color color, List<double[]> points) {}

  record Panel(String title, boolean logScale, List<Series> series) {}

  record Marker(double t, String label) {}

  private static final int WIDTH = 1200;
  private static final int PANEL_HEIGHT = 260;
  private static final int LEFT = 80;
  private static final int RIGHT = 200;
  private static final int TOP = 40;
  private static final int GAP = 50;

  private final String title;
  private final List<Panel> panels = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();

  Plot(String title) {
    this.title = title;
  }

  Plot panel(Panel panel) {
    panels.add(panel);
    return this;
  }

  Plot marker(double t, String label) {
    markers.add(new Marker(t, label));
    return this;
  }

  void write(Path png) throws IOException {
    int height = TOP + panels.size() * (PANEL_HEIGHT + GAP) + 20;
    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title, LEFT, 24);
    double tMax =
        panels.stream()
            .flatMap(p -> p.series().stream())
            .flatMap(s -> s.points().stream())
            .mapToDouble(p -> p[0])
            .max()
            .orElse(1);
    int y = TOP;
    for (Panel panel : panels) {
      draw(g, panel, y, Math.max(1, tMax));
      y += PANEL_HEIGHT + GAP;
    }
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }

  private void draw(Graphics2D g, Panel panel, int top, double tMax) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int bottom = top + PANEL_HEIGHT;
    double vMax =
        panel.series().stream()
            .flatMap(s -> s.points().stream())
            .mapToDouble(p -> p[1])
            .max()
            .orElse(1);
    vMax = Math.max(vMax, panel.logScale() ? 10 : 1);
    double logMax = Math.ceil(Math.log10(vMax));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.setColor(Color.BLACK);
    g.drawString(panel.title(), LEFT, top - 6);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    // value grid
    for (int i = 0; i <= 4; i++) {
      double value = panel.logScale() ? Math.pow(10, logMax * i / 4.0) : vMax * i / 4.0;
      int py = panel.logScale() ? yLog(value, logMax, top, bottom) : yLin(value, vMax, top, bottom);
      g.setColor(new Color(230, 230, 230));
      g.drawLine(LEFT, py, LEFT + plotWidth, py);
      g.setColor(Color.DARK_GRAY);
      // small ranges (processor cores) need their decimals
      g.drawString(String.format(Locale.ROOT, vMax < 10 ? "%.2f" : "%,.0f", value), 5, py + 4);
    }
    // time axis and phase markers
    g.setColor(Color.DARK_GRAY);
    g.drawLine(LEFT, bottom, LEFT + plotWidth, bottom);
    for (int s = 0; s <= tMax; s += tickStep(tMax)) {
      int px = LEFT + (int) (plotWidth * s / tMax);
      g.drawString(s + " s", px - 8, bottom + 14);
    }
    g.setStroke(
        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f}, 0));
    for (int i = 0; i < markers.size(); i++) {
      Marker marker = markers.get(i);
      int px = LEFT + (int) (plotWidth * marker.t() / tMax);
      g.setColor(Color.GRAY);
      g.drawLine(px, top, px, bottom);
      g.drawString(
          marker.label(), px + 3, top + 12 + (i % 3) * 13); // staggered: phases can be short
    }
    // series
    g.setStroke(new BasicStroke(1.6f));
    int legend = top + 10;
    for (Series series : panel.series()) {
      g.setColor(series.color());
      int lastX = -1;
      int lastY = -1;
      double lastT = Double.NEGATIVE_INFINITY;
      for (double[] p : series.points()) {
        int px = LEFT + (int) (plotWidth * p[0] / tMax);
        double v = Math.max(p[1], panel.logScale() ? 1 : 0);
        int py = panel.logScale() ? yLog(v, logMax, top, bottom) : yLin(v, vMax, top, bottom);
        if (p[0] - lastT <= 2.5) {
          g.drawLine(lastX, lastY, px, py); // a gap in the data (no posts) stays a gap
        } else {
          g.fillOval(px - 1, py - 1, 3, 3);
        }
        lastX = px;
        lastY = py;
        lastT = p[0];
      }
      g.fillRect(WIDTH - RIGHT + 15, legend - 8, 12, 8);
      g.setColor(Color.BLACK);
      g.drawString(series.name(), WIDTH - RIGHT + 32, legend);
      legend += 16;
    }
  }

  private static int tickStep(double tMax) {
    for (int step : new int[] {5, 10, 20, 30, 60, 120}) {
      if (tMax / step <= 12) {
        return step;
      }
    }
    return 300;
  }

  private static int yLin(double v, double max, int top, int bottom) {
    return bottom - (int) ((bottom - top) * v / max);
  }

  private static int yLog(double v, double logMax, int top, int bottom) {
    return bottom - (int) ((bottom - top) * Math.log10(v) / logMax);
  }
}
