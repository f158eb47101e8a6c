#!/usr/bin/env python3
"""Renders the dev variant of deploy/kubernetes/base for `podman kube play` (podman 4.3).

kube play runs Pods, Deployments, ConfigMaps and PVCs; it ignores Services and has no HPA, PDB, NetworkPolicy or Job.
So, from the same per-service manifests operators apply:
  - ConfigMaps are kept; peer addresses point at the first replica's pod name (no Services, so no load-balanced name);
  - Deployments keep their containers and environment, with the local image, the requested replica count, secretRefs
    turned into the dev credentials ConfigMap, and what podman 4.3 cannot honour without systemd (probes, preStop,
    resources, tmpfs volumes, spread constraints) left out — eng/kube-dev.sh checks /health/ready itself;
  - each migration Job becomes a one-shot Pod "<service>-migrate", played and awaited before the services.

usage: kube-dev-render.py BASE_DIR OUT_DIR REPLICAS IMAGE_PREFIX
"""
import copy
import os
import re
import sys

import yaml

DEV_SECRETS = "cxplatform-dev-secrets"


def load_resources(base_dir):
    with open(os.path.join(base_dir, "kustomization.yaml"), encoding="utf-8") as f:
        kustomization = yaml.safe_load(f)
    for resource in kustomization["resources"]:
        with open(os.path.join(base_dir, resource), encoding="utf-8") as f:
            yield from (doc for doc in yaml.safe_load_all(f) if doc)


def dev_container(container, image_prefix):
    container = copy.deepcopy(container)
    name = container["image"].split("/")[-1].split(":")[0]
    container["image"] = f"{image_prefix}/{name}:latest"
    env_from, seen = [], set()
    for source in container.get("envFrom", []):
        if "secretRef" in source:
            source = {"configMapRef": {"name": DEV_SECRETS}}
        key = yaml.safe_dump(source)
        if key not in seen:
            seen.add(key)
            env_from.append(source)
    container["envFrom"] = env_from
    # ports: podman 4.3 publishes every containerPort on the host, so a second replica could not bind; pods are reached by IP.
    for field in ("ports", "startupProbe", "livenessProbe", "readinessProbe", "lifecycle", "resources", "volumeMounts"):
        container.pop(field, None)
    container.get("securityContext", {}).pop("readOnlyRootFilesystem", None)
    return container


def dev_pod_spec(spec, image_prefix):
    spec = copy.deepcopy(spec)
    for field in ("volumes", "topologySpreadConstraints", "automountServiceAccountToken", "terminationGracePeriodSeconds"):
        spec.pop(field, None)
    spec.get("securityContext", {}).pop("seccompProfile", None)
    spec["containers"] = [dev_container(c, image_prefix) for c in spec["containers"]]
    return spec


def main():
    base_dir, out_dir, replicas, image_prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    services, migrations = [], []
    for doc in load_resources(base_dir):
        kind, name = doc["kind"], doc["metadata"]["name"]
        if kind == "ConfigMap":
            doc.pop("metadata", None)
            doc["metadata"] = {"name": name}
            for key, value in list(doc.get("data", {}).items()):
                # http://ticketing:8080 -> http://ticketing-pod-0:8080 (the name podman gives a Deployment's first pod)
                doc["data"][key] = re.sub(r"^(https?://)([a-z0-9-]+)(:\d+)$", r"\1\2-pod-0\3", value) if key.startswith("services__") else value
            services.insert(0, doc)
        elif kind == "Deployment":
            template = doc["spec"]["template"]
            services.append({
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": name, "labels": doc["metadata"].get("labels", {})},
                "spec": {
                    "replicas": replicas,
                    "selector": doc["spec"]["selector"],
                    "template": {"metadata": template["metadata"], "spec": dev_pod_spec(template["spec"], image_prefix)},
                },
            })
        elif kind == "Job":
            spec = dev_pod_spec(doc["spec"]["template"]["spec"], image_prefix)
            spec["restartPolicy"] = "Never"
            migrations.append({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "labels": doc["metadata"].get("labels", {})}, "spec": spec})
    # ConfigMaps first (kube play resolves envFrom as it creates each pod); migrations need them too.
    config_maps = [d for d in services if d["kind"] == "ConfigMap"]
    os.makedirs(out_dir, exist_ok=True)
    for file_name, docs in (("services.yaml", services), ("migrations.yaml", config_maps + migrations)):
        with open(os.path.join(out_dir, file_name), "w", encoding="utf-8") as f:
            f.write("# Rendered by eng/kube-dev-render.py from deploy/kubernetes/base: do not edit.\n")
            yaml.safe_dump_all(docs, f, sort_keys=False)


if __name__ == "__main__":
    main()
