package vn.chidao.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.chidao.base.ui.EmptyState;

/** How long the open overdue assignments are past their deadline today: four bands, each with a bar. */
class AgeingPanel extends Div {

    static final String[] BANDS = {"upTo30", "upTo60", "upTo120", "over120"};

    private final Div bands = new Div();
    final EmptyState empty = new EmptyState("dashboard-ageing-empty", VaadinIcon.CHECK_CIRCLE_O.create(), "", "");
    private long[] shown = new long[BANDS.length];

    AgeingPanel() {
        addClassNames("chidao-card", "chidao-ageing-card");
        bands.addClassName("chidao-ageing");
        bands.setId("dashboard-ageing");
        empty.setTexts(getTranslation("dashboard.ageing.empty"), getTranslation("dashboard.ageing.emptyHint"));
        Span note = new Span(getTranslation("dashboard.ageing.note"));
        note.addClassName("chidao-muted");
        add(new H3(getTranslation("dashboard.ageing.title")), note, bands, empty);
    }

    /** The figure of band {@code i} (0: up to 30 days … 3: over 120). */
    long shown(int i) {
        return shown[i];
    }

    void show(OverdueAgeing ageing) {
        shown = new long[] {ageing.upTo30(), ageing.upTo60(), ageing.upTo120(), ageing.over120()};
        long highest = Math.max(1, Math.max(Math.max(shown[0], shown[1]), Math.max(shown[2], shown[3])));
        bands.removeAll();
        for (int i = 0; i < BANDS.length; i++) {
            Span label = new Span(getTranslation("dashboard.ageing." + BANDS[i]));
            label.addClassName("chidao-ageing-label");
            Div fill = new Div();
            fill.addClassNames("chidao-ageing-fill", "chidao-ageing-fill-" + i);
            fill.getStyle().set("width", (100 * shown[i] / highest) + "%");
            Div track = new Div(fill);
            track.addClassName("chidao-ageing-track");
            Span count = new Span(Long.toString(shown[i]));
            count.addClassName("chidao-ageing-count");
            Div band = new Div(label, track, count);
            band.addClassName("chidao-ageing-band");
            band.setId("dashboard-ageing-" + BANDS[i]);
            bands.add(band);
        }
        boolean any = ageing.total() > 0;
        bands.setVisible(any);
        empty.setVisible(!any);
    }
}
