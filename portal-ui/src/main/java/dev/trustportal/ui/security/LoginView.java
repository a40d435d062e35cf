package dev.trustportal.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.trustportal.portal.identity.SignInThrottle;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.i18n.LanguageSelect;
import dev.trustportal.ui.layout.PortalStyles;
import dev.trustportal.ui.security.oidc.OidcSettings;
import dev.trustportal.ui.security.oidc.SignInFailure;
import dev.trustportal.ui.security.oidc.SsoServlet;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in page. It signs in programmatically through Jakarta Security (so the same identity
 * store and session handling serve the UI and the API), then reloads the whole page so that the new
 * UI is built for the signed-in user.
 *
 * <p>With single sign-on switched on, opening it starts the sign-in at the identity provider at
 * once. It shows itself only with {@code ?local} (the break-glass admin's way in) or after a failed
 * single sign-on ({@code ?sso=<reason>}, which it explains), offering both ways.
 */
@StyleSheet(PortalStyles.SHEET)
@Route(Routes.LOGIN)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

  private static final long serialVersionUID = 1L;

  static final String LOCAL = "local";

  private final transient SecurityContext securityContext;
  private final transient OidcSettings singleSignOn;
  private final transient IdentityStoreHandler identityStores;
  private final transient SignInAudit signIns;
  private final transient SignInThrottle throttle;
  private final transient TrustedProxies proxies;
  private final LoginForm loginForm = new LoginForm();
  private final Paragraph paused = new Paragraph();

  @Inject
  public LoginView(
      SecurityContext securityContext,
      OidcSettings singleSignOn,
      IdentityStoreHandler identityStores,
      SignInAudit signIns,
      SignInThrottle throttle,
      TrustedProxies proxies) {
    this.securityContext = securityContext;
    this.throttle = throttle;
    this.proxies = proxies;
    this.singleSignOn = singleSignOn;
    this.identityStores = identityStores;
    this.signIns = signIns;
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    loginForm.setId("login-form");
    loginForm.setI18n(translations());
    loginForm.setForgotPasswordButtonVisible(false);
    loginForm.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
    paused.setId("sign-in-throttled");
    paused.setVisible(false);
    paused.addClassNames("tp-error-text", "tp-readable");
    add(languageSelect(), new H1(getTranslation("app.title")), paused, loginForm);
  }

  /** Top right, where the header of the signed-in pages has it; the choice outlives signing in. */
  private static LanguageSelect languageSelect() {
    LanguageSelect language = new LanguageSelect("login-language-select");
    language.addClassName("tp-corner");
    return language;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getUserPrincipal() != null) {
      event.rerouteTo(Routes.ORGANISATIONS);
    } else if (singleSignOn.enabled()) {
      offerSingleSignOn(event);
    }
  }

  private void offerSingleSignOn(BeforeEnterEvent event) {
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    Optional<SignInFailure> failure =
        query.getOrDefault(SignInFailure.PARAMETER, List.of()).stream()
            .findFirst()
            .flatMap(SignInFailure::of);
    String start = VaadinServletRequest.getCurrent().getContextPath() + SsoServlet.LOGIN_PATH;
    if (failure.isEmpty() && !query.containsKey(LOCAL)) {
      event.forwardToUrl(start);
      return;
    }
    Button button = new Button(getTranslation("login.sso.button"), VaadinIcon.SIGN_IN.create());
    button.setId("sso-button");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    // A full page load: the flow starts at the servlet, not with a Vaadin navigation.
    button.addClickListener(click -> UI.getCurrent().getPage().setLocation(start));
    Paragraph breakGlass = new Paragraph(getTranslation("login.break-glass"));
    breakGlass.setId("break-glass-note");
    failure.ifPresent(
        reason -> {
          Paragraph message = new Paragraph(getTranslation(reason.messageKey()));
          message.setId("sso-message");
          message.addClassNames("tp-error-text", "tp-readable");
          addComponentAtIndex(2, message);
        });
    addComponentAtIndex(failure.isPresent() ? 3 : 2, button);
    add(breakGlass);
    breakGlass.addClassNames("tp-secondary-text", "tp-readable");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.page-title");
  }

  private void signIn(String username, String password) {
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(username, new Password(password));
    VaadinServletRequest request = VaadinServletRequest.getCurrent();
    // Checked before the container is asked: a refused programmatic sign-in made the container
    // answer this
    // Vaadin round trip so that the browser reloaded the page, and the form came back empty,
    // without its error.
    // The check is throttled exactly as the mechanism's, so that it gives a guesser no faster
    // oracle.
    String client = proxies.clientOf(request.getHttpServletRequest()).address();
    java.util.Optional<java.time.Duration> pause = throttle.retryAfter(username, client);
    if (pause.isPresent()) {
      showPaused(PortalAuthenticationMechanism.seconds(pause.get()));
      return;
    }
    if (identityStores.validate(credential).getStatus()
        != CredentialValidationResult.Status.VALID) {
      String channel = SignInAudit.channel(credential, SignInAudit.FORM);
      signIns.failed(credential, channel);
      throttle
          .failed(username, client)
          .ifPresent(next -> signIns.throttled(username, client, channel, next));
      loginForm.setError(true);
      return;
    }
    VaadinServletResponse response = VaadinServletResponse.getCurrent();
    AuthenticationStatus status =
        securityContext.authenticate(
            request.getHttpServletRequest(),
            response.getHttpServletResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      // A full reload: the current UI was built for an anonymous user.
      UI.getCurrent().getPage().setLocation(request.getContextPath() + "/");
    } else if (request.getAttribute(PortalAuthenticationMechanism.PAUSED)
        instanceof java.time.Duration wait) {
      showPaused(PortalAuthenticationMechanism.seconds(wait));
    } else {
      loginForm.setError(true);
    }
  }

  /**
   * Sign-ins from here are paused (too many wrong passwords): nothing was checked; say how long to
   * wait.
   */
  private void showPaused(long seconds) {
    paused.setText(getTranslation("login.throttled", seconds));
    paused.setVisible(true);
    loginForm.setError(false);
    loginForm.setEnabled(true);
  }

  private LoginI18n translations() {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form form = i18n.getForm();
    form.setTitle(getTranslation("login.form.title"));
    form.setUsername(getTranslation("login.username"));
    form.setPassword(getTranslation("login.password"));
    form.setSubmit(getTranslation("login.submit"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("login.error.title"));
    error.setMessage(getTranslation("login.error.message"));
    return i18n;
  }
}
