# https://github.com/GoogleCloudPlatform/PerfKitBenchmarker/pull/580
import threading
import time


class PublicNetworkFixed(object):
    def __init__(self, nclient, pool):
        self._nclient = nclient
        self._floating_ip_lock = threading.Lock()
        self.ip_pool_name = pool

    def allocate(self):
        with self._floating_ip_lock:
            return self._nclient.floating_ips.create(pool=self.ip_pool_name)

    def get_or_create(self):
        with self._floating_ip_lock:
            free = self._nclient.floating_ips.findall(instance_id=None,
                                                      pool=self.ip_pool_name)
        if free:
            return free[0]
        return self.allocate()

    def is_attached(self, floating_ip):
        return self._nclient.floating_ips.get(floating_ip.id).fixed_ip is not None


class OpenStackVMFixed(object):
    _vm_floating_ip_lock = threading.Lock()

    def __init__(self, client, public_network, vm_id):
        self.client = client
        self.public_network = public_network
        self.id = vm_id
        self.floating_ip = None

    def post_create_fixed(self):
        instance = self.client.servers.get(self.id)
        with self._vm_floating_ip_lock:
            self.floating_ip = self.public_network.get_or_create()
            instance.add_floating_ip(self.floating_ip)
        while not self.public_network.is_attached(self.floating_ip):
            time.sleep(1)


def provision_all_fixed(vms):
    threads = [threading.Thread(target=vm.post_create_fixed) for vm in vms]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
