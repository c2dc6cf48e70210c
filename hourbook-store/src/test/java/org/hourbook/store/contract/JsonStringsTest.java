package org.hourbook.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class JsonStringsTest {

    @Property
    void labels_survive_json(@ForAll @Size(max = 6) List<String> labels) {
        assertThat(JsonStrings.decode(JsonStrings.encode(labels))).isEqualTo(labels);
    }
}
