"""The training page (三学四课堂) of the organisation tab, its dialogs and models."""
