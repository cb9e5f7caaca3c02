"""One device: the firmware image (build, ELF format, reader), its flash filesystem, boot."""
