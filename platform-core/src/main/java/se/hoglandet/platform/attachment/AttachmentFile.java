package se.hoglandet.platform.attachment;

/** A downloaded attachment: name, the content type it is served as, and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
