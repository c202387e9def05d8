"""Generated from ui/*.ui by boligsocial_desktop.ui.build_forms; do not edit."""
