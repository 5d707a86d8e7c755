package org.refugio.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back the way a person would: its text, its pages, and what its QR code says. */
final class PdfReading {

  private PdfReading() {
  }

  /** All the text, with runs of white space (line breaks included) as one space. */
  static String text(byte[] pdf) {
    return pageText(pdf, 1, Integer.MAX_VALUE);
  }

  static String pageText(byte[] pdf, int page) {
    return pageText(pdf, page, page);
  }

  static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the page as a scanner would see it and decodes the QR code on it. */
  static String qrCode(byte[] pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 150, ImageType.RGB);
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return result.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("no readable QR code on page " + page, e);
    }
  }

  private static String pageText(byte[] pdf, int from, int to) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(from);
      stripper.setEndPage(to);
      return stripper.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
