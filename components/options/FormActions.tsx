/** The end of every edit form: the save error, Save and Cancel (Escape also cancels). */
export function FormActions({ saveError, saving = false, onCancel }: { saveError: string | null; saving?: boolean; onCancel: () => void }) {
  return (
    <>
      {saveError && <p class="error" role="alert">保存失败：{saveError}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>保存 <span class="en">Save</span></button>
        <button type="button" onClick={onCancel}>取消 <span class="en">Cancel (Esc)</span></button>
      </div>
    </>
  );
}
