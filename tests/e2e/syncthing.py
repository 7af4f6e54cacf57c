"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for end-to-end tests.

Each gets its own home, ports and API key, with discovery, relays and upgrades
off, so nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "companion-sync"


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    home: Path
    folder: Path
    device_id: str
    listen: int
    gui: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None

    def rest(self, path: str, method: str = "GET") -> object:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - localhost
            body = response.read()
        return json.loads(body) if body else None

    def scan(self) -> None:
        self.rest(f"/rest/db/scan?folder={FOLDER_ID}", "POST")


def _generate(home: Path) -> str:
    out = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    match = re.search(r"Device ID: ([A-Z0-9-]+)", out.stdout + out.stderr)
    assert match, out.stdout + out.stderr
    return match.group(1)


def _config(me: Instance, peers: list[Instance]) -> str:
    devices = "".join(f'<device id="{p.device_id}"></device>' for p in [me, *peers])
    known = "".join(
        f'<device id="{p.device_id}" name="{p.home.name}">'
        f"<address>tcp://127.0.0.1:{p.listen}</address></device>"
        for p in [me, *peers]
    )
    return f"""<configuration version="36">
    <folder id="{FOLDER_ID}" label="Companion" path="{me.folder}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">{devices}</folder>
    {known}
    <gui enabled="true" tls="false"><address>127.0.0.1:{me.gui}</address>
        <apikey>{me.api_key}</apikey></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
    </options>
</configuration>
"""


def start_pair(root: Path) -> tuple[Instance, Instance]:
    instances = []
    for name in ("laptop", "desktop"):
        home = root / f"syncthing-{name}"
        folder = root / f"Sync-{name}"
        (folder / ".stfolder").mkdir(parents=True)
        instances.append(
            Instance(
                home,
                folder,
                _generate(home),
                _free_port(),
                _free_port(),
                f"key-{name}-{os.getpid()}",
            )
        )
    a, b = instances
    env = dict(os.environ, STNOUPGRADE="1", STNODEFAULTFOLDER="1", STGUIADDRESS="")
    env.pop("STGUIADDRESS")
    for me, peer in ((a, b), (b, a)):
        (me.home / "config.xml").write_text(_config(me, [peer]))
        me.process = subprocess.Popen(
            [
                "syncthing",
                "serve",
                f"--home={me.home}",
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                f"--logfile={me.home / 'syncthing.log'}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    wait(lambda: _connected(a, b) and _connected(b, a), 60, "the two Syncthings to connect")
    return a, b


def _connected(me: Instance, peer: Instance) -> bool:
    try:
        data = me.rest("/rest/system/connections")
    except OSError:
        return False
    assert isinstance(data, dict)
    return bool(data.get("connections", {}).get(peer.device_id, {}).get("connected"))


def stop(*instances: Instance) -> None:
    for instance in instances:
        if instance.process is not None and instance.process.poll() is None:
            instance.process.terminate()
            try:
                instance.process.wait(10)
            except subprocess.TimeoutExpired:
                instance.process.kill()


def tree(folder: Path) -> set[str]:
    """The Companion files in a sync folder (not Syncthing's own, not temporary ones)."""
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and ".stfolder" not in p.parts and not p.name.startswith(".")
    }


def wait(condition: object, timeout: float, what: str) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def settle(a: Instance, b: Instance, timeout: float = 90) -> None:
    """Wait until both copies of the folder hold the same Companion files."""
    a.scan()
    b.scan()
    wait(
        lambda: tree(a.folder) == tree(b.folder) and _same_bytes(a, b),
        timeout,
        "the folders to match",
    )


def _same_bytes(a: Instance, b: Instance) -> bool:
    return all(
        (a.folder / name).read_bytes() == (b.folder / name).read_bytes()
        for name in tree(a.folder)
        if (b.folder / name).exists()
    )
