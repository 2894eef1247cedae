"""The sync page: this database's sync identity, its peers, exchanges by network and by file, conflicts, history."""
