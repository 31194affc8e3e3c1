package vn.hailong.complaints.web;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small real files for the attachment tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** A real PNG: a 24×16 picture. */
    static byte[] png() {
        BufferedImage image = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 79, 138));
        g.fillRect(0, 0, 24, 16);
        g.setColor(Color.YELLOW);
        g.fillOval(4, 2, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real, minimal one-page PDF (plain ASCII, so that a test can compare what it downloads as text). */
    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A PNG padded to {@code size} bytes: still a PNG by its content, only too big. */
    static byte[] pngOfSize(int size) {
        byte[] png = png();
        byte[] big = new byte[size];
        System.arraycopy(png, 0, big, 0, png.length);
        return big;
    }
}
