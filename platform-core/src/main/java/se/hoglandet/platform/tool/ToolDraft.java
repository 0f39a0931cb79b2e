package se.hoglandet.platform.tool;

/** The shared facts about a tool, as the form edits them. */
public record ToolDraft(String name, String vendor, String description, ToolHosting hosting, String transferDetails) {}
