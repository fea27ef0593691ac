package vn.chidao.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid's phone layout: below {@value #PHONE_WIDTH} px wide the grid shows one card per row ({@link RowCard}) in a
 * single column, its desktop columns hidden; wider, the desktop columns. It is the same grid with the same lazy data
 * provider, so a phone loads page by page as a desktop does. The width is the browser window's, read when the grid
 * is attached and again on every resize (a phone turned sideways gets the desktop columns when they fit).
 */
public final class PhoneCards<T> {

    /** Below this window width (CSS px) a list is cards; the theme's phone rules use the same edge. */
    public static final int PHONE_WIDTH = 600;
    /** The key of the card column. */
    public static final String KEY = "card";

    private final Grid<T> grid;
    private final Grid.Column<T> card;
    private List<Grid.Column<T>> desktop;
    private boolean phone;

    private PhoneCards(Grid<T> grid, ValueProvider<T, ? extends Component> cards) {
        this.grid = grid;
        // No header: the grid hides a header row with nothing in its shown cells.
        this.card = grid.addComponentColumn(cards).setKey(KEY).setWidth("10rem").setFlexGrow(1).setSortable(false);
        card.setVisible(false);
        grid.addAttachListener(e -> follow(e.getUI()));
    }

    /** Adds the card column to a grid whose desktop columns are all in place (their visibility too). */
    public static <T> PhoneCards<T> add(Grid<T> grid, ValueProvider<T, ? extends Component> cards) {
        return new PhoneCards<>(grid, cards);
    }

    private void follow(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> show(details.getWindowInnerWidth() < PHONE_WIDTH));
        Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> show(e.getWidth() < PHONE_WIDTH));
        grid.addDetachListener(e -> {
            resize.remove();
            e.unregisterListener();
        });
    }

    /** Cards ({@code true}) or the desktop columns; a change re-renders the loaded rows. */
    public void show(boolean cards) {
        if (desktop == null) {
            desktop = grid.getColumns().stream().filter(c -> c != card && c.isVisible()).toList();
        }
        if (cards == phone) {
            return;
        }
        phone = cards;
        desktop.forEach(c -> c.setVisible(!cards));
        card.setVisible(cards);
        grid.setClassName("chidao-cards", cards);
    }

    public boolean isShowingCards() {
        return phone;
    }
}
