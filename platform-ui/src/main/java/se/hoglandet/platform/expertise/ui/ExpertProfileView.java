package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.hoglandet.platform.expertise.ExpertProfile;
import se.hoglandet.platform.expertise.ExpertProfileDraft;
import se.hoglandet.platform.expertise.ExpertiseService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.FormButtons;

/** My expert profile: areas, description and the offer to help others, with where the offer stands. */
@Route("expertise/profile")
@PermitAll
public class ExpertProfileView extends Main implements PortalView {

    private final ExpertiseService expertise;
    private final FormError error = new FormError();
    private final Paragraph lending = new Paragraph();

    ExpertProfileView(ExpertiseService expertise) {
        this.expertise = expertise;
        addClassName("page");
        lending.setId("profile-lending");
        ExpertProfileForm form = new ExpertProfileForm();
        form.explainWith(error::show);
        FormButtons<ExpertProfileDraft> buttons = new FormButtons<>(form, "save-profile");
        Optional<ExpertProfile> mine = expertise.myProfile();
        form.edit(mine.map(ExpertProfile::draft).orElse(ExpertProfileDraft.empty()));
        long[] version = {mine.map(ExpertProfile::version).orElse(0L)};
        show(mine);
        buttons.addSaveListener(save -> {
            ExpertProfile[] saved = new ExpertProfile[1];
            if (error.attempt(() -> saved[0] = expertise.saveMyProfile(version[0], save.draft()))) {
                version[0] = saved[0].version();
                show(Optional.of(saved[0]));
                Feedback.done(this, "expertise.profile.saved");
            }
        });
        buttons.addCancelListener(cancel ->
                form.edit(expertise.myProfile().map(ExpertProfile::draft).orElse(ExpertProfileDraft.empty())));
        add(new H2(getTranslation("expertise.profile.title")), lending, error, form, buttons);
    }

    private void show(Optional<ExpertProfile> profile) {
        lending.setText(getTranslation(
                "expertise.lending." + profile.map(p -> p.lending().name()).orElse("NOT_OFFERED")));
    }

    @Override
    public String viewTitle() {
        return getTranslation("expertise.profile.title");
    }
}
