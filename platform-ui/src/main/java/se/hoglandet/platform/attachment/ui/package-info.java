/** The attachments panel that record pages of other capabilities embed (ADR 0008). */
@NamedInterface("panel")
package se.hoglandet.platform.attachment.ui;

import org.springframework.modulith.NamedInterface;
