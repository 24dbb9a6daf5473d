"use client";

import { useState } from "react";
import styles from "./documents.module.css";

/** An area files can be dropped on (outlined while one is dragged over it), around its own file field. */
export function DropZone({ testId, onFiles, children }: { testId: string; onFiles: (files: FileList) => void; children: React.ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`${styles.zone} ${over ? styles.zoneActive : ""}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles(event.dataTransfer.files);
      }}
    >
      {children}
    </div>
  );
}
