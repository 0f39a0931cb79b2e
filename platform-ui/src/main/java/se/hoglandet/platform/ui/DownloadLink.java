package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * A link that downloads a file the portal makes when it is clicked (a CSV, a PDF, a calendar): the content is asked
 * for then, by the signed-in user, not when the page is drawn.
 */
public final class DownloadLink {

    private DownloadLink() {}

    /**
     * @param text      the link's text, e.g. "Ladda ner som CSV"
     * @param fileName  the file's name as saved, e.g. {@code mognad.csv}
     * @param type      its media type, e.g. {@code text/csv;charset=UTF-8}
     * @param content   makes the file (a service call)
     */
    public static Anchor of(String text, String fileName, String type, SerializableSupplier<byte[]> content) {
        return new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
    }
}
