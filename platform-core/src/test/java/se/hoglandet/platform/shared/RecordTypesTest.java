package se.hoglandet.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One registration per record type: its contributions are found by key and kind, and a second one is refused. */
class RecordTypesTest {

    interface Audited extends RecordType {}

    interface Attachable extends RecordType {}

    record AuditedAndAttachable(String recordType) implements Audited, Attachable {}

    record AuditedOnly(String recordType) implements Audited {}

    @Test
    void aTypesContributionsAreFoundByKeyAndKind() {
        RecordTypes types = new RecordTypes(List.of(new AuditedAndAttachable("initiative"), new AuditedOnly("tool")));

        assertThat(types.find("initiative", Attachable.class)).containsInstanceOf(AuditedAndAttachable.class);
        assertThat(types.find("tool", Audited.class)).containsInstanceOf(AuditedOnly.class);
        assertThat(types.find("tool", Attachable.class)).isEmpty();
        assertThat(types.find("unknown", Audited.class)).isEmpty();
        assertThat(types.all(Audited.class)).hasSize(2);
        assertThat(types.all(Attachable.class))
                .extracting(RecordType::recordType)
                .containsExactly("initiative");
        assertThat(types.keys()).containsExactlyInAnyOrder("initiative", "tool");
    }

    @Test
    void aSecondRegistrationForOneKeyFailsTheStart() {
        assertThatThrownBy(() ->
                        new RecordTypes(List.of(new AuditedOnly("initiative"), new AuditedAndAttachable("initiative"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'initiative' is registered twice");
    }
}
