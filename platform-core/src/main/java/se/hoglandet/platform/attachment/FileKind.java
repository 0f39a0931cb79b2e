package se.hoglandet.platform.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types the portal accepts, by extension, each with the content type it is served as and a check that
 * the bytes are what the name claims (so a renamed executable or HTML page is refused, and nothing is served as
 * active content).
 */
enum FileKind {
    PDF("pdf", "application/pdf", "%PDF-"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PK\u0003\u0004"),
    ODT("odt", "application/vnd.oasis.opendocument.text", "PK\u0003\u0004"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", "PK\u0003\u0004"),
    ODP("odp", "application/vnd.oasis.opendocument.presentation", "PK\u0003\u0004"),
    PNG("png", "image/png", "\u0089PNG"),
    JPG("jpg", "image/jpeg", "\u00ff\u00d8\u00ff"),
    JPEG("jpeg", "image/jpeg", "\u00ff\u00d8\u00ff"),
    TXT("txt", "text/plain;charset=UTF-8", null),
    CSV("csv", "text/csv;charset=UTF-8", null);

    private final String extension;
    private final String contentType;
    private final byte[] signature;

    FileKind(String extension, String contentType, String signature) {
        this.extension = extension;
        this.contentType = contentType;
        this.signature = signature == null ? null : signature.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Optional<FileKind> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.extension.equals(extension))
                .findFirst();
    }

    String contentType() {
        return contentType;
    }

    /** Binary formats start with their signature; text formats hold no NUL byte (which no UTF-8 text has). */
    boolean matches(byte[] content) {
        if (signature == null) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
