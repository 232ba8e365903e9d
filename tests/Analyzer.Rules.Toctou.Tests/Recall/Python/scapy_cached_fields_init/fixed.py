# https://github.com/secdev/scapy/pull/2102
# Fixed version: the per-class cache is built in local variables and the
# entry that other threads check (class_default_fields) is assigned last, so a
# concurrent reader sees either no entry or a complete one.
import copy
import threading


class PktField(object):
    def __init__(self, name, default):
        self.name = name
        self.default = default
        self.holds_packets = False


class SafePacket(object):
    class_default_fields = {}
    class_default_fields_ref = {}
    class_fieldtype = {}
    class_packetfields = {}
    fields_desc = []

    def __init__(self):
        self.fields = {}
        self.default_fields = {}
        self.fieldtype = {}
        self.packetfields = []
        self.init_from_cache()

    def init_from_cache(self):
        cls_name = self.__class__
        if SafePacket.class_default_fields.get(cls_name, None) is None:
            self.build_cache(self.fields_desc)
        default_fields = SafePacket.class_default_fields.get(cls_name, None)
        if default_fields:
            self.default_fields = default_fields
            self.fieldtype = SafePacket.class_fieldtype[cls_name]
            self.packetfields = SafePacket.class_packetfields[cls_name]
            for fname in SafePacket.class_default_fields_ref[cls_name]:
                self.fields[fname] = self.default_fields[fname][:]

    def build_cache(self, flist):
        cls_name = self.__class__
        if not flist:
            return
        class_default_fields = dict()
        class_default_fields_ref = list()
        class_fieldtype = dict()
        class_packetfields = list()
        for f in flist:
            class_default_fields[f.name] = copy.deepcopy(f.default)
            class_fieldtype[f.name] = f
            if f.holds_packets:
                class_packetfields.append(f)
            if isinstance(f.default, list):
                class_default_fields_ref.append(f.name)
        SafePacket.class_default_fields_ref[cls_name] = class_default_fields_ref
        SafePacket.class_fieldtype[cls_name] = class_fieldtype
        SafePacket.class_packetfields[cls_name] = class_packetfields
        # Last to avoid racing issues
        SafePacket.class_default_fields[cls_name] = class_default_fields


class SafeIP(SafePacket):
    fields_desc = [PktField("src", "127.0.0.1"), PktField("dst", "127.0.0.1"),
                   PktField("options", [])]


def build_many_safe(n=100):
    threads = [threading.Thread(target=SafeIP) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
