"""The device's flash filesystem: a real littlefs image, as a board would hold it."""

from firmware.fs.blockdev import FlashBlockDevice, PowerCut, PowerCutDevice
from firmware.fs.image import (create_image, list_files, mount, put_files, read_file,
                               read_files, remove_partials, write_file)

__all__ = ["FlashBlockDevice", "PowerCut", "PowerCutDevice", "create_image", "list_files",
           "mount", "put_files", "read_file", "read_files", "remove_partials",
           "write_file"]
