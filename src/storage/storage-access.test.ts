import { classifyStorageError } from './storage-access';
import { storageError } from '../testing/fake-storage';

describe('classifyStorageError', () => {
  it.each([
    ['Chrome, Safari and the standard', storageError('QuotaExceededError', 22)],
    ['old Firefox', storageError('NS_ERROR_DOM_QUOTA_REACHED', 1014)],
    ['a quota error known only by code 22', storageError('Error', 22)],
    ['a quota error known only by code 1014', storageError('Error', 1014)],
  ])('recognises a full storage quota from %s', (_browser, error) => {
    expect(classifyStorageError(error)).toBe('quota');
  });

  it('recognises disabled storage from a SecurityError', () => {
    expect(classifyStorageError(storageError('SecurityError', 18))).toBe('disabled');
  });

  it('calls anything else a failed save, whatever was thrown', () => {
    expect(classifyStorageError(new TypeError('boom'))).toBe('failed');
    expect(classifyStorageError('a string')).toBe('failed');
    expect(classifyStorageError(null)).toBe('failed');
  });
});
