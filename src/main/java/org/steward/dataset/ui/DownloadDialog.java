package org.steward.dataset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.steward.base.ui.ReasonDialog;
import org.steward.dataset.DatasetProtection;
import org.steward.dataset.DatasetView;
import org.steward.dataset.RawSample;

/**
 * A recorded download of raw data: first the reason (the download is in the ledger once it is given), then a
 * dialog with a link that saves the CSV, held by that dialog only.
 */
final class DownloadDialog {

    private DownloadDialog() {
    }

    static ReasonDialog forDataset(DatasetProtection protection, DatasetView dataset) {
        return new ReasonDialog("Download the raw data of " + dataset.fileName(), "The stored CSV (without its "
                + "dropped columns) holds personal data. Your download and its reason are recorded in the ledger.",
                "Reason", "Record and prepare download",
                reason -> saveLink(protection.download(dataset.id(), reason)).open());
    }

    private static Dialog saveLink(RawSample raw) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(raw.csv()), raw.fileName(), "text/csv", raw.csv().length)),
                "Save " + raw.fileName());
        link.setId("download-raw-link");
        link.getElement().setAttribute("download", true);
        var dialog = new Dialog();
        dialog.setId("download-ready");
        dialog.setHeaderTitle("Download recorded");
        dialog.add(new Paragraph("The download is in the ledger. Keep the file only as long as your reason needs "
                + "it."), link);
        var close = new Button("Close", e -> dialog.close());
        close.setId("download-ready-close");
        dialog.getFooter().add(close);
        return dialog;
    }
}
