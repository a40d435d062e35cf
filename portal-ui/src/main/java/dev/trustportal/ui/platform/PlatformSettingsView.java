package dev.trustportal.ui.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.common.Roles;
import dev.trustportal.portal.platformrole.PlatformRoleRequestDesk;
import dev.trustportal.portal.securitykey.AllowListedModel;
import dev.trustportal.portal.securitykey.FidoMetadataService;
import dev.trustportal.portal.securitykey.FidoMetadataSummary;
import dev.trustportal.ui.Routes;
import dev.trustportal.ui.component.Times;
import dev.trustportal.ui.i18n.PortalMessages;
import dev.trustportal.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The platform admins' settings: the platform roles that wait for a second platform admin's
 * approval ({@link PlatformRoleRequestsPanel}), and the FIDO metadata: upload the MDS3 blob
 * downloaded from https://mds3.fidoalliance.org/, see its serial number and next update, and how it
 * describes each model of the allow-list (listed or not, under which roots, its latest status).
 */
@Route(value = Routes.PLATFORM_SETTINGS, layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformSettingsView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;
  // The real blob is a few megabytes and grows with every certified model.
  private static final int MAX_BLOB_BYTES = 64 * 1024 * 1024;

  private final transient FidoMetadataService metadata;
  private final Span summary = new Span();
  private final Span overdue = new Span();
  private final Span error = new Span();
  private final Grid<AllowListedModel> models = new Grid<>();

  @Inject
  public PlatformSettingsView(FidoMetadataService metadata, PlatformRoleRequestDesk roleRequests) {
    this.metadata = metadata;
    summary.setId("fido-metadata-summary");
    overdue.setId("fido-metadata-overdue");
    overdue.getElement().getThemeList().add("badge error");
    error.setId("fido-metadata-error");
    error.addClassName("tp-error-text");
    // What waits for a decision first, the settings after it.
    add(
        new H2(getTranslation("platform.heading")),
        new PlatformRoleRequestsPanel(roleRequests),
        new H3(getTranslation("platform.metadata.heading")),
        new Span(getTranslation("platform.metadata.explain")),
        summary,
        overdue,
        upload(),
        error,
        configureGrid());
    show(metadata.view());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("platform.title");
  }

  private Upload upload() {
    Upload upload = new Upload();
    upload.setId("fido-metadata-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BLOB_BYTES);
    upload.setAcceptedFileTypes(".jwt", ".jws", ".txt", "application/jwt", "text/plain");
    upload.setUploadButton(
        new Button(getTranslation("platform.metadata.upload"), VaadinIcon.UPLOAD.create()));
    upload.setDropLabel(new Span(getTranslation("platform.metadata.drop")));
    upload.setI18n(
        new UploadI18N()
            .setError(
                new UploadI18N.Error()
                    .setTooManyFiles(getTranslation("upload.error.too-many"))
                    .setFileIsTooBig(getTranslation("upload.error.too-big"))
                    .setIncorrectFileType(getTranslation("platform.metadata.error.type"))));
    // Called with the session locked (InMemoryUploadHandler runs it through UI.access).
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (file, data) -> uploaded(new String(data, StandardCharsets.US_ASCII))));
    return upload;
  }

  private void uploaded(String blob) {
    try {
      FidoMetadataSummary view = metadata.upload(blob);
      error.setText("");
      show(view);
      Notification.show(getTranslation("platform.metadata.uploaded", view.serial()))
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (PortalException refused) {
      error.setText(PortalMessages.of(this, refused));
    }
  }

  private void show(FidoMetadataSummary view) {
    Locale locale = getLocale();
    summary.setText(
        view.uploaded()
            ? getTranslation(
                "platform.metadata.summary",
                view.serial(),
                view.nextUpdate(),
                view.entries(),
                view.uploadedBy(),
                Times.format(view.uploadedAt(), locale))
            : getTranslation("platform.metadata.none"));
    overdue.setText(getTranslation("platform.metadata.overdue", view.nextUpdate()));
    overdue.setVisible(view.overdue());
    models.setItems(view.allowListed());
  }

  private Grid<AllowListedModel> configureGrid() {
    models.setId("fido-metadata-models");
    models.addThemeVariants(GridVariant.LUMO_COMPACT);
    models.setAllRowsVisible(true);
    models
        .addColumn(AllowListedModel::model)
        .setKey("model")
        .setHeader(getTranslation("platform.metadata.model"))
        .setAutoWidth(true);
    models
        .addColumn(m -> m.aaguid().toString())
        .setKey("aaguid")
        .setHeader("AAGUID")
        .setAutoWidth(true);
    models
        .addColumn(m -> getTranslation(listingKey(m.listing())))
        .setKey("listing")
        .setHeader(getTranslation("platform.metadata.listing"))
        .setAutoWidth(true);
    models
        .addColumn(this::status)
        .setKey("status")
        .setHeader(getTranslation("platform.metadata.status"))
        .setAutoWidth(true);
    models
        .addColumn(
            m -> getTranslation(m.rootsKnown() ? "platform.metadata.yes" : "platform.metadata.no"))
        .setKey("roots")
        .setHeader(getTranslation("platform.metadata.roots"))
        .setAutoWidth(true);
    return models;
  }

  private static String listingKey(AllowListedModel.Listing listing) {
    return switch (listing) {
      case LISTED -> "platform.metadata.listing.listed";
      case NOT_LISTED -> "platform.metadata.listing.not_listed";
      case OTHER_ROOT -> "platform.metadata.listing.other_root";
    };
  }

  private String status(AllowListedModel model) {
    if (model.status() == null) {
      return "";
    }
    String since =
        model.statusDate() == null
            ? model.status()
            : getTranslation("platform.metadata.status.since", model.status(), model.statusDate());
    return model.compromised()
        ? getTranslation("platform.metadata.status.compromised", since)
        : since;
  }
}
