"""The file side of a reporting round: request workbooks, returned answers, and edits to the workbook.

* :mod:`.names` - the sheets, keys and properties of a request workbook, and safe file names;
* :mod:`.requests` - write one request workbook for one party (protected, with a status dropdown);
* :mod:`.stream` - the rows of a request as sheet XML (fast for thousands of rows);
* :mod:`.answers` - read a returned request (saved by Excel, LibreOffice or openpyxl) with its cells;
* :mod:`.edit` - add a round's row and columns to a workbook, and close a round (openpyxl);
* :mod:`.patch` - set cell texts in a workbook's sheet XML, leaving every other byte of the file alone.

Who reports what, and which answer is taken, is decided in :mod:`domain.rounds` and :mod:`domain.collect`.
"""
