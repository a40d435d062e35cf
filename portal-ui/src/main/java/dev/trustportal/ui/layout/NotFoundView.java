package dev.trustportal.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page for a path that shows nothing: no such view, or an organisation (or a part of one) that
 * does not exist or is not the user's to see. The two look alike on purpose, as 404s of the API do,
 * so that names of other tenants do not leak. Inside the layout, so that a signed-in user keeps the
 * header and the navigation to go on from; a user not signed in gets the same page with an empty
 * header.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    removeAll();
    // The path is not repeated: it may hold names the page must not confirm.
    Paragraph text = new Paragraph(getTranslation("not-found.text"));
    text.setId("not-found");
    add(
        new H2(getTranslation("not-found.heading")),
        text,
        new Anchor(".", getTranslation("not-found.home")));
    return HttpStatusCode.NOT_FOUND.getCode();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("not-found.title");
  }
}
