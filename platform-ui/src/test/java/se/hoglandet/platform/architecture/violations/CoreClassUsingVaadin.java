package se.hoglandet.platform.architecture.violations;

import com.vaadin.flow.component.button.Button;

/** Deliberately breaks a rule: a class outside the UI packages that uses Vaadin. Only for the rules' own test. */
public class CoreClassUsingVaadin {

    public Button button() {
        return new Button();
    }
}
