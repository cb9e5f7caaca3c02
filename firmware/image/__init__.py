"""The firmware image: an ELF file (writer, packer, reader) holding one board's firmware."""
