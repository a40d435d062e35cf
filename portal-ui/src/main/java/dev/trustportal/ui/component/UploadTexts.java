package dev.trustportal.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Every text of Vaadin's Upload in the reader's language (it shows English otherwise). */
public final class UploadTexts {

  private static final List<String> SIZE_UNITS =
      List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB");

  private UploadTexts() {}

  public static UploadI18N of(Component in) {
    UploadI18N texts = new UploadI18N();
    texts.setAddFiles(
        new UploadI18N.AddFiles()
            .setOne(in.getTranslation("upload.add.one"))
            .setMany(in.getTranslation("upload.add.many")));
    texts.setDropFiles(
        new UploadI18N.DropFiles()
            .setOne(in.getTranslation("upload.drop.one"))
            .setMany(in.getTranslation("upload.drop.many")));
    texts.setError(
        new UploadI18N.Error()
            .setTooManyFiles(in.getTranslation("upload.error.too-many"))
            .setFileIsTooBig(in.getTranslation("upload.error.too-big"))
            .setIncorrectFileType(in.getTranslation("upload.error.type")));
    texts.setFile(
        new UploadI18N.File()
            .setRetry(in.getTranslation("upload.file.retry"))
            .setStart(in.getTranslation("upload.file.start"))
            .setRemove(in.getTranslation("upload.file.remove")));
    texts.setUploading(
        new UploadI18N.Uploading()
            .setStatus(
                new UploadI18N.Uploading.Status()
                    .setConnecting(in.getTranslation("upload.status.connecting"))
                    .setStalled(in.getTranslation("upload.status.stalled"))
                    .setProcessing(in.getTranslation("upload.status.processing"))
                    .setHeld(in.getTranslation("upload.status.held")))
            .setRemainingTime(
                new UploadI18N.Uploading.RemainingTime()
                    .setPrefix(in.getTranslation("upload.remaining.prefix"))
                    .setUnknown(in.getTranslation("upload.remaining.unknown")))
            .setError(
                new UploadI18N.Uploading.Error()
                    .setServerUnavailable(in.getTranslation("upload.error.server-unavailable"))
                    .setUnexpectedServerError(in.getTranslation("upload.error.unexpected"))
                    .setForbidden(in.getTranslation("upload.error.forbidden"))));
    texts.setUnits(SIZE_UNITS);
    return texts;
  }
}
