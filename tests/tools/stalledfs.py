#!/usr/bin/env python3
"""A folder like a network share that stopped answering: FOLDER/clip.ogg can be found, opened
and measured, but a read of it never returns (until this process ends).

    stalledfs.py FOLDER     mount it, print "ready" once it is, and serve until killed
"""
import errno
import stat
import sys
import threading

from fusepy import FUSE, FuseOSError, Operations


class Stalled(Operations):
    def getattr(self, path, fh=None):
        if path == "/":
            return dict(st_mode=stat.S_IFDIR | 0o755, st_nlink=2)
        if path == "/clip.ogg":
            return dict(st_mode=stat.S_IFREG | 0o644, st_nlink=1, st_size=64000)
        raise FuseOSError(errno.ENOENT)

    def readdir(self, path, fh):
        return [".", "..", "clip.ogg"]

    def read(self, path, size, offset, fh):
        threading.Event().wait()  # the server never answers


class Ready(threading.Thread):
    def run(self):
        import os, time
        while not os.path.exists(os.path.join(sys.argv[1], "clip.ogg")):
            time.sleep(0.02)
        print("ready", flush=True)


Ready(daemon=True).start()
FUSE(Stalled(), sys.argv[1], foreground=True, nothreads=False)
