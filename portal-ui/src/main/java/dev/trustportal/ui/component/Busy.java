package dev.trustportal.ui.component;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * A slow action behind a progress indicator. The indicator shows first and the action runs in the
 * next round trip (a synchronous call to notary-server would otherwise leave the browser showing
 * nothing until it returned), and the indicator ends however the action ends: a failure nobody
 * foresaw still reaches the error handler, but the form it came from is usable again, not spinning
 * for ever.
 */
public final class Busy {

  private Busy() {}

  /**
   * @param on a component of the page the action belongs to
   * @param indicator shows ({@code true}) and ends ({@code false}) the progress, enabling the form
   *     again
   */
  public static void run(Component on, Consumer<Boolean> indicator, Runnable action) {
    indicator.accept(true);
    on.getElement()
        .executeJs("return 0")
        .then(
            ignored -> {
              boolean done = false;
              try {
                action.run();
                done = true;
              } finally {
                if (!done) {
                  indicator.accept(false);
                }
              }
            });
  }
}
