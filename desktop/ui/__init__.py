from desktop.ui.pyside_sources import forget_sources_read_by_pyside

forget_sources_read_by_pyside()  # first, before the window's modules are imported: ~20 MB from source
