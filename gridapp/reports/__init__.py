"""Printed output: ReportLab PDFs with the bundled fonts embedded, and matplotlib charts."""
