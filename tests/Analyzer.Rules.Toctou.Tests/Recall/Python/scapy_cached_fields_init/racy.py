# https://github.com/secdev/scapy/pull/2102
# Bug (issue #1966): Packet.do_init_cached_fields checks whether the per-class
# field cache exists and, if not, prepare_cached_fields publishes an empty dict
# into the class-wide cache and fills it afterwards. Another thread that builds
# the same Packet subclass sees the non-None (half-filled) entry and reads
# missing keys (KeyError). Fix: build locals, publish the cache entry last.
import copy
import threading


class Field(object):
    def __init__(self, name, default):
        self.name = name
        self.default = default
        self.holds_packets = False


class Packet(object):
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
        self.do_init_cached_fields()

    def do_init_cached_fields(self):
        cls_name = self.__class__
        if Packet.class_default_fields.get(cls_name, None) is None:
            self.prepare_cached_fields(self.fields_desc)
        default_fields = Packet.class_default_fields.get(cls_name, None)
        if default_fields:
            self.default_fields = default_fields
            self.fieldtype = Packet.class_fieldtype[cls_name]
            self.packetfields = Packet.class_packetfields[cls_name]
            for fname in Packet.class_default_fields_ref[cls_name]:
                self.fields[fname] = self.default_fields[fname][:]

    def prepare_cached_fields(self, flist):
        cls_name = self.__class__
        if not flist:
            return
        Packet.class_default_fields[cls_name] = dict()  # Noncompliant
        Packet.class_default_fields_ref[cls_name] = list()
        Packet.class_fieldtype[cls_name] = dict()
        Packet.class_packetfields[cls_name] = list()
        for f in flist:
            Packet.class_default_fields[cls_name][f.name] = copy.deepcopy(f.default)
            Packet.class_fieldtype[cls_name][f.name] = f
            if f.holds_packets:
                Packet.class_packetfields[cls_name].append(f)
            if isinstance(f.default, list):
                Packet.class_default_fields_ref[cls_name].append(f.name)


class IP(Packet):
    fields_desc = [Field("src", "127.0.0.1"), Field("dst", "127.0.0.1"),
                   Field("options", [])]


def build_many(n=100):
    threads = [threading.Thread(target=IP) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
