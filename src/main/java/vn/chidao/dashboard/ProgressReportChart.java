package vn.chidao.dashboard;

import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The official split as a native Word bar chart: a column per figure, its data in the chart's own embedded
 * workbook, so the chart stays editable (Word's "Edit data", LibreOffice's data table).
 */
final class ProgressReportChart {

    /** Green, amber, blue, red: done on time, done late, open on time, open overdue. */
    private static final byte[][] COLOURS = {
        {(byte) 0x2E, (byte) 0x7D, (byte) 0x32}, {(byte) 0xF9, (byte) 0xA8, (byte) 0x25},
        {(byte) 0x15, (byte) 0x65, (byte) 0xC0}, {(byte) 0xC6, (byte) 0x28, (byte) 0x28}};
    /** English Metric Units per centimetre. */
    private static final int EMU_PER_CM = 360_000;

    private ProgressReportChart() {
    }

    static void draw(XWPFRun run, String title, String[] labels, Double[] values) {
        try {
            XWPFChart chart = run.getDocument().createChart(run, 15 * EMU_PER_CM, 8 * EMU_PER_CM);
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels,
                    chart.formatRange(new CellRangeAddress(1, labels.length, 0, 0)), 0);
            XDDFNumericalDataSource<Double> figures = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, values.length, 1, 1)), 1);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            left.setVisible(false); // each column shows its figure
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
            bars.setBarDirection(BarDirection.COL);
            bars.setVaryColors(false);
            XDDFChartData.Series series = bars.addSeries(categories, figures);
            series.setTitle(title, chart.setSheetTitle(title, 1));
            chart.plot(bars);
            for (int i = 0; i < values.length; i++) {
                series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[i % 4])));
            }
            font(chart);
            showValues(chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).addNewDLbls());
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the chart could not be written", e);
        }
    }

    /** The chart's texts in the document's font, 11 pt. */
    private static void font(XWPFChart chart) {
        CTTextBody text = chart.getCTChartSpace().addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        CTTextCharacterProperties defaults = text.addNewP().addNewPPr().addNewDefRPr();
        defaults.setSz(1100);
        defaults.addNewLatin().setTypeface(WordWriter.FONT);
        defaults.addNewCs().setTypeface(WordWriter.FONT);
    }

    private static void showValues(CTDLbls labels) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
