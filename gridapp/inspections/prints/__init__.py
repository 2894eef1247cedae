"""The printed inspection documents: checklists, display boards (whole and tiled), pocket cards, text documents."""
