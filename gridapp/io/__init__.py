"""Files the user hands the app or takes from it: the one safe way to read a workbook or a picture, and to write cells."""
